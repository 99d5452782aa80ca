resource "aws_kms_key" "db_secrets" {
  description         = "Database master password secrets"
  enable_key_rotation = true
}

resource "aws_db_instance" "billing" { # want AWS-183 # want AWS-325
  identifier                          = "billing"
  engine                              = "postgres"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  username                            = "billing_admin"
  manage_master_user_password         = true
  master_user_secret_kms_key_id       = aws_kms_key.db_secrets.key_id
  storage_encrypted                   = true
  kms_key_id                          = aws_kms_key.db_secrets.arn
  iam_database_authentication_enabled = true
}

# The password is kept elsewhere: no secret is created.
variable "reports_password" {
  type      = string
  sensitive = true
}

resource "aws_redshift_cluster" "reports" { # want AWS-185 # want AWS-408
  cluster_identifier = "reports"
  node_type          = "ra3.xlplus"
  master_username    = "reports_admin"
  master_password    = var.reports_password
  encrypted          = true
}
