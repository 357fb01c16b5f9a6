# azure/terraform/main.tf
