# Every container ships its output: awslogs for the app, FireLens for a
# service that routes its logs through a Fluent Bit sidecar, which itself
# logs to CloudWatch.

resource "aws_cloudwatch_log_group" "ecs" {
  for_each          = toset(["api", "firelens"])
  name              = "/ecs/${each.key}"
  retention_in_days = 365
}

locals {
  awslogs = {
    for name, group in aws_cloudwatch_log_group.ecs : name => {
      logDriver = "awslogs"
      options = {
        awslogs-group         = group.name
        awslogs-region        = "eu-west-1"
        awslogs-stream-prefix = name
      }
    }
  }
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    {
      name             = "api"
      image            = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:3.2.0"
      essential        = true
      logConfiguration = local.awslogs["api"]
    }
  ])
}

resource "aws_ecs_task_definition" "shop" {
  family                   = "shop"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([
    {
      name      = "log_router"
      image     = "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable"
      essential = true
      firelensConfiguration = {
        type = "fluentbit"
      }
      logConfiguration = local.awslogs["firelens"]
    },
    {
      name      = "shop"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop:5.1.0"
      essential = true
      logConfiguration = {
        logDriver = "awsfirelens"
        options = {
          Name              = "cloudwatch_logs"
          region            = "eu-west-1"
          log_group_name    = "/ecs/shop"
          auto_create_group = "false"
        }
      }
    }
  ])
}
