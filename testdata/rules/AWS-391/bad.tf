# Databases whose engines take IAM database authentication, left with
# passwords only.

variable "environments" {
  type    = set(string)
  default = ["staging", "prod"]
}

variable "iam_auth" {
  type    = bool
  default = false
}

resource "aws_db_subnet_group" "private" {
  name       = "private"
  subnet_ids = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
}

# Not written: off by default.
resource "aws_db_instance" "app" { # want AWS-183 # want AWS-325 # want AWS-391
  for_each                    = var.environments
  identifier                  = "app-${each.key}"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "app_admin"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.private.name
  storage_encrypted           = true
}

# Turned off through a module-style input.
resource "aws_db_instance" "wiki" { # want AWS-183 # want AWS-346
  identifier                          = "wiki"
  engine                              = "mariadb"
  instance_class                      = "db.t4g.small"
  allocated_storage                   = 20
  username                            = "wiki"
  manage_master_user_password         = true
  db_subnet_group_name                = aws_db_subnet_group.private.name
  storage_encrypted                   = true
  iam_database_authentication_enabled = var.iam_auth # want AWS-391
}

resource "aws_rds_cluster" "orders" { # want AWS-183 # want AWS-346 # want AWS-391
  cluster_identifier          = "orders"
  engine                      = "aurora-mysql"
  engine_mode                 = "provisioned"
  master_username             = "orders_admin"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.private.name
  storage_encrypted           = true
}

# A Multi-AZ DB cluster of PostgreSQL.
resource "aws_rds_cluster" "ledger" { # want AWS-183
  cluster_identifier                  = "ledger"
  engine                              = "postgres"
  db_cluster_instance_class           = "db.m6gd.large"
  storage_type                        = "io1"
  allocated_storage                   = 100
  iops                                = 1000
  master_username                     = "ledger_admin"
  manage_master_user_password         = true
  db_subnet_group_name                = aws_db_subnet_group.private.name
  storage_encrypted                   = true
  iam_database_authentication_enabled = false # want AWS-391
}

# A read replica of the wiki: MariaDB, taken from its source.
resource "aws_db_instance" "wiki_replica" { # want AWS-183 # want AWS-391
  identifier          = "wiki-replica"
  replicate_source_db = aws_db_instance.wiki.identifier
  instance_class      = "db.t4g.small"
  storage_encrypted   = true
}

# Provider versions before 5.0 create an Aurora MySQL cluster when engine
# is left out.
resource "aws_rds_cluster" "legacy" { # want AWS-183 # want AWS-391
  cluster_identifier      = "legacy"
  master_username         = "legacy"
  master_password         = var.legacy_password
  backup_retention_period = 7
  storage_encrypted       = true
}

variable "legacy_password" {
  type      = string
  sensitive = true
}

# Neptune has no database users: with IAM authentication off (the default)
# any client that reaches the endpoint may read and change the graph.
resource "aws_neptune_cluster" "graph" { # want AWS-391 # want AWS-184
  cluster_identifier  = "graph"
  engine              = "neptune"
  storage_encrypted   = true
  skip_final_snapshot = true
}

resource "aws_neptune_cluster_instance" "graph" {
  count              = 2
  cluster_identifier = aws_neptune_cluster.graph.id
  instance_class     = "db.r6g.large"
}

resource "aws_neptune_cluster" "lineage" { # want AWS-184
  for_each                            = toset(["eu", "us"])
  cluster_identifier                  = "lineage-${each.key}"
  storage_encrypted                   = true
  iam_database_authentication_enabled = each.key == "us" # want AWS-391
}
