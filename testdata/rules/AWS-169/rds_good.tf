resource "aws_kms_key" "db" {
  description         = "databases"
  enable_key_rotation = true
}

resource "aws_db_instance" "orders" {
  identifier                          = "orders"
  engine                              = "postgres"
  engine_version                      = "16.3"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  username                            = "app"
  manage_master_user_password         = true
  master_user_secret_kms_key_id       = aws_kms_key.db.arn
  storage_encrypted                   = true
  kms_key_id                          = aws_kms_key.db.arn
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports     = ["postgresql"]
  parameter_group_name                = "audited-postgres16" # want-note AWS-325
  db_subnet_group_name                = "private"
}

# A read replica takes its source's key.
resource "aws_db_instance" "orders_replica" {
  identifier                          = "orders-replica"
  replicate_source_db                 = aws_db_instance.orders.identifier
  instance_class                      = "db.t4g.medium"
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports     = ["postgresql"]
  parameter_group_name                = "audited-postgres16"
}

variable "team_keys" {
  type = map(string)
  default = {
    billing = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "aws_neptune_cluster" "by_team" {
  for_each                             = var.team_keys
  cluster_identifier                   = each.key
  engine                               = "neptune"
  storage_encrypted                    = true
  kms_key_arn                          = each.value
  iam_database_authentication_enabled  = true
  enable_cloudwatch_logs_exports       = ["audit"]
  neptune_cluster_parameter_group_name = "audited-neptune" # want-note AWS-184
}
