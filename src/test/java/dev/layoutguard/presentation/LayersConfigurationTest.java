package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.domain.preset.Layer;
import dev.layoutguard.domain.preset.LayerException;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayersConfigurationTest {

    private static final LayerPolicy MAVEN = Presets.maven().layers();

    private static LayerConfiguration layer(String name, String... packages) {
        LayerConfiguration layer = new LayerConfiguration();
        layer.setName(name);
        layer.setPackages(List.of(packages));
        return layer;
    }

    private static LayerExceptionConfiguration exception(String source, String target, String reason) {
        LayerExceptionConfiguration exception = new LayerExceptionConfiguration();
        exception.setSource(source);
        exception.setTarget(target);
        exception.setReason(reason);
        return exception;
    }

    private static String rejection(LayersConfiguration configuration) {
        return assertThrows(IllegalArgumentException.class, () -> configuration.applyTo(MAVEN)).getMessage();
    }

    @Test
    void keepsThePresetWhenNothingIsConfigured() {
        assertEquals(MAVEN, new LayersConfiguration().applyTo(MAVEN));
    }

    @Test
    void setsTheBasePackageAddsEdgesOptionalLayersAndExceptions() {
        LayersConfiguration configuration = new LayersConfiguration();
        configuration.setBasePackage(" com/acme/shop ");
        configuration.setAllow(List.of("presentation -> infrastructure"));
        configuration.setOptional(List.of("presentation"));
        configuration.setExceptions(List.of(exception("com.acme.shop.domain.legacy", "infrastructure", "moving out")));

        LayerPolicy policy = configuration.applyTo(MAVEN);

        assertEquals("com.acme.shop", policy.basePackage());
        assertEquals(List.of("domain", "application", "infrastructure", "shared"), policy.allowedFrom("presentation"));
        assertEquals(List.of(false, false, false, true, true), policy.layers().stream().map(Layer::optional).toList());
        assertEquals(List.of(new LayerException("com.acme.shop.domain.legacy", "infrastructure", "moving out")),
                policy.exceptions());
    }

    @Test
    void replacesTheLayersAndTheGraphForPortsAndAdapters() {
        LayersConfiguration configuration = new LayersConfiguration();
        configuration.setDefinitions(List.of(layer("core", "domain"), layer("port"), layer("adapter", "web",
                "persistence")));
        configuration.setDependencies(List.of("port -> core", "adapter -> port, core", "core ->"));

        LayerPolicy policy = configuration.applyTo(MAVEN);

        assertEquals(List.of(new Layer("core", List.of("domain")), new Layer("port", List.of("port")),
                new Layer("adapter", List.of("web", "persistence"))), policy.layers());
        assertEquals(Map.of("port", Set.of("core"), "adapter", Set.of("port", "core"), "core", Set.of()),
                policy.allowed());
    }

    @Test
    void keepsThePresetEdgesBetweenLayersThatStillExist() {
        LayersConfiguration configuration = new LayersConfiguration();
        configuration.setDefinitions(List.of(layer("domain", "domain", "model"), layer("application"),
                layer("infrastructure")));

        assertEquals(Map.of("domain", Set.of(), "application", Set.of("domain"), "infrastructure",
                Set.of("application", "domain")), configuration.applyTo(MAVEN).allowed());
    }

    @Test
    void namesAnUnknownLayerWhereverItIsWritten() {
        LayersConfiguration allow = new LayersConfiguration();
        allow.setAllow(List.of("presentation -> infra"));
        LayersConfiguration dependencies = new LayersConfiguration();
        dependencies.setDependencies(List.of("web -> domain"));
        LayersConfiguration optional = new LayersConfiguration();
        optional.setOptional(List.of("ui"));
        LayersConfiguration exceptions = new LayersConfiguration();
        exceptions.setExceptions(List.of(exception("com.acme.shop.presentation", "infra", "wiring")));
        String layers = " (layers are domain, application, infrastructure, presentation, shared)";

        assertEquals("allow: unknown layer 'infra' in 'presentation -> infra'" + layers, rejection(allow));
        assertEquals("dependencies: unknown layer 'web' in 'web -> domain'" + layers, rejection(dependencies));
        assertEquals("optional: unknown layer 'ui' in 'ui'" + layers, rejection(optional));
        assertEquals("exceptions: unknown layer 'infra' in 'com.acme.shop.presentation -> infra'" + layers,
                rejection(exceptions));
    }

    @Test
    void rejectsMalformedEdgesExceptionsWithoutAReasonAndBadPackages() {
        LayersConfiguration edge = new LayersConfiguration();
        edge.setAllow(List.of("presentation infrastructure"));
        LayersConfiguration reason = new LayersConfiguration();
        reason.setExceptions(List.of(exception("presentation", "infrastructure", " ")));
        LayersConfiguration base = new LayersConfiguration();
        base.setBasePackage("com..acme");
        LayersConfiguration pkg = new LayersConfiguration();
        pkg.setDefinitions(List.of(layer("adapter", "adapter.web")));
        LayersConfiguration name = new LayersConfiguration();
        name.setDefinitions(List.of(layer("a -> b")));

        assertEquals("allow: 'presentation infrastructure' is not of the form 'layer -> layer, layer'",
                rejection(edge));
        assertEquals("exceptions: the layer exception for presentation -> infrastructure needs a reason",
                rejection(reason));
        assertEquals("basePackage 'com..acme' is not a dotted package name", rejection(base));
        assertEquals("layer adapter: package 'adapter.web' is not a package name directly under the base package",
                rejection(pkg));
        assertEquals("definitions: layer name 'a -> b' must be a word of letters, digits, '_' or '-'",
                rejection(name));
    }
}
