resource "aws_db_instance" "app" {
  identifier                          = "app"
  engine                              = "postgres"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  username                            = "app_admin"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier                  = "orders"
  engine                              = "aurora-mysql"
  master_username                     = "orders_admin"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  engine                              = "neptune"
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}
