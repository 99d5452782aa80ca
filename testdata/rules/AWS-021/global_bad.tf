resource "aws_rds_global_cluster" "orders" {
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  storage_encrypted         = false # want AWS-021
}

# The primary and secondary clusters take the global cluster's encryption.
resource "aws_rds_cluster" "primary" { # want AWS-325 # want AWS-391
  cluster_identifier              = "orders-primary"
  engine                          = aws_rds_global_cluster.orders.engine
  global_cluster_identifier       = aws_rds_global_cluster.orders.id
  manage_master_user_password     = true
  master_username                 = "orders"
  enabled_cloudwatch_logs_exports = ["postgresql"]
}
