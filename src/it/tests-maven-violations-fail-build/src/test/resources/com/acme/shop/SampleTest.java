// A source file the tests read as data; it is never compiled.
class SampleTest {
    @org.junit.jupiter.api.Test
    void sample() {
    }
}
