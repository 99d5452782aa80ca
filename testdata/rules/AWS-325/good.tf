# DDL statements logged (what CIS asks of PostgreSQL), shared by two
# instances through a reference.
resource "aws_db_parameter_group" "audited" {
  name   = "audited-postgres16"
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "ddl"
  }
  parameter {
    name  = "log_min_duration_statement"
    value = "1000"
  }
}

resource "aws_db_instance" "orders" { # want AWS-391
  identifier                      = "orders"
  engine                          = "postgres"
  enabled_cloudwatch_logs_exports = ["postgresql"]
  instance_class                  = "db.t4g.medium"
  allocated_storage               = 50
  storage_encrypted               = true
  username                        = "app"
  password                        = var.db_password
  parameter_group_name            = aws_db_parameter_group.audited.name
}

resource "aws_db_instance" "orders_replica" { # want AWS-391
  identifier                      = "orders-replica"
  replicate_source_db             = aws_db_instance.orders.identifier
  engine                          = "postgres"
  enabled_cloudwatch_logs_exports = ["postgresql"]
  instance_class                  = "db.t4g.medium"
  parameter_group_name            = aws_db_parameter_group.audited.id
}

# pgaudit instead of log_statement.
resource "aws_db_parameter_group" "pgaudit" {
  name   = "pgaudit-postgres15"
  family = "postgres15"

  dynamic "parameter" {
    for_each = {
      "shared_preload_libraries" = "pgaudit"
      "pgaudit.log"              = "ddl,role"
      "pgaudit.role"             = "rds_pgaudit"
    }
    content {
      name         = parameter.key
      value        = parameter.value
      apply_method = "pending-reboot"
    }
  }
}

# Another engine: MySQL has no log_statement.
resource "aws_db_instance" "legacy" { # want AWS-391 # want AWS-346
  identifier                      = "legacy"
  engine                          = "mysql"
  enabled_cloudwatch_logs_exports = ["error"]
  instance_class                  = "db.t4g.small"
  allocated_storage               = 20
  storage_encrypted               = true
  username                        = "app"
  password                        = var.db_password
}

resource "aws_db_parameter_group" "mysql" {
  name   = "mysql80"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

# A group that a variable names: whether it logs statements is not known.
resource "aws_db_instance" "shared" { # want AWS-391
  identifier                      = "shared"
  engine                          = "postgres"
  enabled_cloudwatch_logs_exports = ["postgresql"]
  instance_class                  = "db.t4g.medium"
  allocated_storage               = 20
  storage_encrypted               = true
  username                        = "app"
  password                        = var.db_password
  parameter_group_name            = var.parameter_group_name # want-note AWS-325
}

# A wrapper module's instance whose engine is an input without a value: on
# the default parameter group a PostgreSQL instance would log nothing, so
# the engine decides and the rule says it cannot tell; on a group of the
# code that logs DDL it is quiet whatever the engine.
variable "engine" {
  type = string
}

resource "aws_db_instance" "any_engine_default_group" {
  identifier                      = "any-engine-default-group"
  engine                          = var.engine # want-note AWS-325 "engine" # want-note AWS-346 # want-note AWS-391 # want-note AWS-366
  instance_class                  = "db.t4g.small"
  allocated_storage               = 20
  username                        = "svc"
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

resource "aws_db_instance" "any_engine_audited_group" {
  identifier                      = "any-engine-audited-group"
  engine                          = var.engine # want-note AWS-346 # want-note AWS-391 # want-note AWS-366
  instance_class                  = "db.t4g.small"
  allocated_storage               = 20
  username                        = "svc"
  manage_master_user_password     = true
  storage_encrypted               = true
  parameter_group_name            = aws_db_parameter_group.audited.name
  enabled_cloudwatch_logs_exports = ["postgresql"]
}
