// In the root: the root rules' business (root-prohibited), not the tests rules'.
class ScratchTest {
    @org.junit.jupiter.api.Test
    void scratch() {
    }
}
