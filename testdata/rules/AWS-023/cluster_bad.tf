# A Multi-AZ DB cluster takes publicly_accessible on the cluster.
resource "aws_rds_cluster" "multi_az" {
  cluster_identifier                  = "orders"
  engine                              = "postgres"
  db_cluster_instance_class           = "db.r6gd.large"
  storage_type                        = "io1"
  allocated_storage                   = 100
  iops                                = 1000
  master_username                     = "orders"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports     = ["postgresql"]
  publicly_accessible                 = true # want AWS-023
}
