# RDS and Redshift keep the master passwords they manage in Secrets
# Manager; without a key of their own the secrets use aws/secretsmanager.
resource "aws_db_instance" "orders" { # want AWS-169 # want AWS-183 # want AWS-325 # want AWS-169
  identifier                          = "orders"
  engine                              = "postgres"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  username                            = "orders_admin"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}

resource "aws_rds_cluster" "inventory" { # want AWS-183 # want AWS-325 # want AWS-391 # want AWS-169 "storage"
  cluster_identifier            = "inventory"
  engine                        = "aurora-postgresql"
  master_username               = "inventory_admin"
  manage_master_user_password   = true
  master_user_secret_kms_key_id = "alias/aws/secretsmanager" # want AWS-169
  storage_encrypted             = true
}

resource "aws_redshift_cluster" "warehouse" { # want AWS-169 # want AWS-185 # want AWS-408
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
  encrypted              = true
}
