# gcp/terraform/main.tf
