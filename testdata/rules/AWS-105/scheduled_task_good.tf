variable "private_subnet_ids" {
  type = list(string)
}

variable "task_security_group_id" {
  type = string
}

variable "events_role_arn" {
  type = string
}

resource "aws_ecs_cluster" "jobs" {
  name = "jobs"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "nightly-report"
  schedule_expression = "cron(0 3 * * ? *)"
}

# Private subnets behind a NAT gateway: no public address (the default).
resource "aws_cloudwatch_event_target" "nightly" {
  rule     = aws_cloudwatch_event_rule.nightly.name
  arn      = aws_ecs_cluster.jobs.arn
  role_arn = var.events_role_arn

  ecs_target {
    task_definition_arn = "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:3"
    launch_type         = "FARGATE"

    network_configuration {
      subnets         = var.private_subnet_ids
      security_groups = [var.task_security_group_id]
    }
  }
}

resource "aws_scheduler_schedule" "cleanup" {
  name                = "cleanup"
  schedule_expression = "rate(6 hours)"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = aws_ecs_cluster.jobs.arn
    role_arn = var.events_role_arn

    ecs_parameters {
      task_definition_arn = "arn:aws:ecs:eu-west-1:123456789012:task-definition/cleanup:7"
      launch_type         = "FARGATE"

      network_configuration {
        subnets          = var.private_subnet_ids
        security_groups  = [var.task_security_group_id]
        assign_public_ip = false
      }
    }
  }
}
