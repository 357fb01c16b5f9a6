# gcp/gke/cluster.tf
