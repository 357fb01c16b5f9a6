class OrderServiceTest {}
