resource "aws_cloudwatch_log_group" "ecs_exec" {
  name              = "/ecs/exec/app"
  retention_in_days = 365
}

resource "aws_ecs_cluster" "app" {
  name = "app"

  configuration {
    execute_command_configuration {
      logging = "OVERRIDE"

      log_configuration {
        cloud_watch_log_group_name = aws_cloudwatch_log_group.ecs_exec.name
      }
    }
  }
}
