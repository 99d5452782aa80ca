resource "aws_ecs_task_definition" "app" { # want AWS-333
  family = "app"
  container_definitions = jsonencode([{
    name  = "app"
    image = "public.ecr.aws/nginx/nginx:latest"
  }])

  volume {
    name = "cache"
  }

  volume {
    name = "shared"
    efs_volume_configuration { # want AWS-166 "transit_encryption is not set, and the default is DISABLED"
      file_system_id = "fs-12345678"
    }
  }
}

resource "aws_ecs_task_definition" "worker" { # want AWS-333
  family = "worker"
  container_definitions = jsonencode([{
    name  = "worker"
    image = "public.ecr.aws/nginx/nginx:latest"
  }])

  volume {
    name = "shared"
    efs_volume_configuration {
      file_system_id     = "fs-12345678"
      transit_encryption = "DISABLED" # want AWS-166
    }
  }
}
