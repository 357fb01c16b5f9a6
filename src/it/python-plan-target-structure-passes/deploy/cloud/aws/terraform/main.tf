# aws/terraform/main.tf
