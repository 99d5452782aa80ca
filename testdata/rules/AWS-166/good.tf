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
    efs_volume_configuration {
      file_system_id     = "fs-12345678"
      transit_encryption = "ENABLED"
      authorization_config {
        iam = "ENABLED"
      }
    }
  }
}
