class OrderServiceTest {
}
