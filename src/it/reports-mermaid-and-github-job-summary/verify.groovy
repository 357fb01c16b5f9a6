// A reactor under GitHub Actions: each module writes layers.mmd, the execution root the aggregate one, and the step's
// summary file gets one LayoutGuard summary for the whole build, after what an earlier step wrote there.
def log = new File(basedir, 'build.log').text
assert log.contains('LayoutGuard aggregate of 3 modules of 3: ')
assert !log.contains('Cannot write the job summary')

def mermaid = new File(basedir, 'shop/target/layout/layers.mmd').text
def expectedStart = '''%% LayoutGuard: the layers, the dependencies they allow (grey) and the violating ones (red, count)
flowchart TB
  subgraph c0["billing"]
    c0_l0["domain"]
    c0_l1["application"]
    c0_l2["infrastructure"]
    c0_l3["presentation"]
    c0_l4["shared"]
  end
  subgraph c1["catalog"]
'''
assert mermaid.startsWith(expectedStart) : mermaid
// the violations: billing's domain uses shipping's use cases, shipping's domain its own database code
assert mermaid.contains('  c0_l0 ==>|"1 violation"| c2_l1\n  c2_l0 ==>|"1 violation"| c2_l2\n')
assert mermaid.contains('  class c0_l0,c2_l0 offending\n')
assert mermaid.contains('  subgraph c2["shipping"]\n')
assert mermaid.contains('  linkStyle 27,28 stroke:#c62828,stroke-width:3px,color:#c62828\n')
// the layers span the build's modules: the catalog module's graph shows the same three contexts, its own among them,
// and no violation of its own
def catalog = new File(basedir, 'catalog/target/layout/layers.mmd').text
assert catalog.contains('  subgraph c1["catalog"]\n')
assert catalog.contains('  c1_l1 --> c1_l0\n')
assert !catalog.contains('==>')
assert new File(basedir, 'target/layout/aggregate/layers.mmd').text.contains('  c0_l0 ==>|"1 violation"| c2_l1\n')

def summary = new File(basedir, 'step-summary.md').text
assert summary.startsWith('## Tests\n\nAll green.\n\n## LayoutGuard: Shop reactor\n\n') : summary
assert summary.count('## LayoutGuard') == 1 : 'one summary for the reactor, not one per module'
assert summary.contains('**2 errors, 2 warnings**, 0 baselined in 16 files (maven preset)\n')
assert summary.contains('| `layer-dependency` | 2 | 0 |\n| `layer-missing` | 0 | 2 |\n')
def blob = 'https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567'
assert summary.contains("- **error** `layer-dependency` [shop\\/src\\/main\\/java\\/com\\/acme\\/billing\\/domain\\/Invoice\\.java\\:3](${blob}/shop/src/main/java/com/acme/billing/domain/Invoice.java#L3): domain imports application \\(com\\.acme\\.shipping\\.application\\.ShipParcel\\)\\; ")
// no module holds presentation: each module is pointed at a context of its own
assert summary.contains("- warning `layer-missing` [catalog\\/src\\/main\\/java\\/com\\/acme\\/catalog\\/presentation](${blob}/catalog/src/main/java/com/acme/catalog/presentation): ")
def fence = summary.indexOf('```mermaid\nflowchart TB\n')
assert fence > 0
assert summary.substring(fence).contains('  c0_l0 ==>|"1 violation"| c2_l1\n')
assert summary.endsWith('```\n\n')
true
