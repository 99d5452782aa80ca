# RDS for MySQL and MariaDB instances whose audit log is not written or not
# exported.

# Exports audit, but the default option group has no audit plugin: the
# exported log stays empty.
resource "aws_db_instance" "app" { # want AWS-346 "option_group_name is not set"
  identifier                          = "app"
  engine                              = "mysql"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  username                            = "app_admin"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports     = ["audit", "error"]
}

# An option group of the code without the audit plugin.
resource "aws_db_option_group" "wiki" {
  name                 = "wiki"
  engine_name          = "mariadb"
  major_engine_version = "10.11"

  option {
    option_name = "MARIADB_AUDIT_PLUGIN_DISABLED_BY_TYPO"
  }
}

resource "aws_db_instance" "wiki" {
  identifier                          = "wiki"
  engine                              = "mariadb"
  instance_class                      = "db.t4g.small"
  allocated_storage                   = 20
  username                            = "wiki"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  option_group_name                   = aws_db_option_group.wiki.name # want AWS-346 "no MARIADB_AUDIT_PLUGIN"
  enabled_cloudwatch_logs_exports     = ["audit"]
}

# The audit plugin is on, but the log is not exported.
resource "aws_db_option_group" "audited" {
  name                 = "audited"
  engine_name          = "mysql"
  major_engine_version = "8.0"

  option {
    option_name = "MARIADB_AUDIT_PLUGIN"
    option_settings {
      name  = "SERVER_AUDIT_EVENTS"
      value = "CONNECT,QUERY_DDL,QUERY_DCL"
    }
  }
}

resource "aws_db_instance" "billing" {
  identifier                          = "billing"
  engine                              = "mysql"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  username                            = "billing"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  option_group_name                   = aws_db_option_group.audited.name
  enabled_cloudwatch_logs_exports     = ["error", "slowquery"] # want AWS-346 "audit"
}
