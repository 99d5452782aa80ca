# ECS clusters whose ECS Exec sessions are logged: the default (no
# configuration, and DEFAULT written out) and overrides that name a log
# group or a bucket.

resource "aws_ecs_cluster" "web" {
  name = "web"
}

resource "aws_ecs_cluster" "api" {
  name = "api"

  configuration {
    execute_command_configuration {
      logging = "DEFAULT"
    }
  }
}

resource "aws_kms_key" "exec" {
  description         = "ECS Exec session encryption"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "exec" {
  name              = "/ecs/exec/orders"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.exec.arn
}

resource "aws_ecs_cluster" "orders" {
  name = "orders"

  configuration {
    execute_command_configuration {
      kms_key_id = aws_kms_key.exec.arn
      logging    = "OVERRIDE"

      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = aws_cloudwatch_log_group.exec.name
      }
    }
  }
}

resource "aws_ecs_cluster" "reports" {
  name = "reports"

  configuration {
    execute_command_configuration {
      logging = "OVERRIDE"

      log_configuration {
        s3_bucket_name               = "example-ecs-exec-audit"
        s3_bucket_encryption_enabled = true
        s3_key_prefix                = "reports/"
      }
    }
  }
}
