# A Fargate service whose app container logs to CloudWatch but whose
# sidecar was added without a log configuration, and a worker that turns
# logging off.

resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 365
}

resource "aws_ecs_task_definition" "api" { # want AWS-333 "container envoy has no log configuration"
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:3.2.0"
      essential = true
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.api.name
          awslogs-region        = "eu-west-1"
          awslogs-stream-prefix = "api"
        }
      }
    },
    {
      name      = "envoy"
      image     = "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod"
      essential = true
    }
  ])
}

resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([ # want AWS-333 "logDriver"
    {
      name      = "worker"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/worker:1.0.4"
      essential = true
      memory    = 512
      logConfiguration = {
        logDriver = "none"
      }
    }
  ])
}
