# azure/aks/cluster.tf
