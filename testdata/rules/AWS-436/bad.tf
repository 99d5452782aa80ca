# ECS clusters whose ECS Exec sessions are logged nowhere: logging turned
# off, and an override that names no destination.

resource "aws_ecs_cluster" "payments" {
  name = "payments"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }

  configuration {
    execute_command_configuration {
      logging = "NONE" # want AWS-436 "logging = \"NONE\""
    }
  }
}

resource "aws_kms_key" "exec" {
  description         = "ECS Exec session encryption"
  enable_key_rotation = true
}

resource "aws_ecs_cluster" "batch" {
  name = "batch-workers"

  configuration {
    execute_command_configuration {
      kms_key_id = aws_kms_key.exec.arn
      logging    = "OVERRIDE"

      log_configuration { # want AWS-436 "overridden without"
        cloud_watch_encryption_enabled = true
      }
    }
  }
}
