# MySQL and MariaDB instances that write and export their audit log.

resource "aws_db_option_group" "audited" {
  name                 = "audited"
  engine_name          = "mysql"
  major_engine_version = "8.0"

  option {
    option_name = "MARIADB_AUDIT_PLUGIN"
  }
}

resource "aws_db_instance" "app" {
  identifier                          = "app"
  engine                              = "mysql"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  username                            = "app_admin"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  option_group_name                   = aws_db_option_group.audited.name
  enabled_cloudwatch_logs_exports     = ["audit", "error", "general", "slowquery"]
}

# An option group managed elsewhere: an undecided note.
resource "aws_db_instance" "shared" {
  identifier                          = "shared"
  engine                              = "mariadb"
  instance_class                      = "db.t4g.small"
  allocated_storage                   = 20
  username                            = "shared"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  option_group_name                   = "platform-mariadb-audit" # want-note AWS-346
  enabled_cloudwatch_logs_exports     = ["audit", "error"]
}

# PostgreSQL has no audit plugin option: not judged here (AWS-325).
resource "aws_db_instance" "pg" {
  identifier                          = "pg"
  engine                              = "postgres"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  username                            = "pg"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  parameter_group_name                = aws_db_parameter_group.pg.name
  enabled_cloudwatch_logs_exports     = ["postgresql"]
}

resource "aws_db_parameter_group" "pg" {
  name   = "pg"
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "ddl"
  }
}

# An engine from a module input without a value: undecided where a MySQL
# or MariaDB instance would be reported (default option group, no audit
# export), quiet where it writes and exports its audit log either way.
variable "engine" {
  type = string
}

resource "aws_db_instance" "any_engine_plain" { # want AWS-183
  identifier                          = "any-engine-plain"
  engine                              = var.engine # want-note AWS-346 "engine" # want-note AWS-391 # want-note AWS-325
  instance_class                      = "db.t4g.small"
  allocated_storage                   = 20
  username                            = "svc"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}

resource "aws_db_instance" "any_engine_audited" {
  identifier                          = "any-engine-audited"
  engine                              = var.engine # want-note AWS-366 # want-note AWS-391 # want-note AWS-325
  instance_class                      = "db.t4g.small"
  allocated_storage                   = 20
  username                            = "svc"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  option_group_name                   = aws_db_option_group.audited.name
  enabled_cloudwatch_logs_exports     = ["audit", "error"]
}
