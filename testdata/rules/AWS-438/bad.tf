# Task definitions whose application runs with the task execution role:
# one role for both, by reference and by a literal ARN.

data "aws_iam_policy_document" "ecs_tasks" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "app" {
  name               = "orders-app"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks.json
}

resource "aws_iam_role_policy_attachment" "app_execution" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_ecs_task_definition" "orders" {
  family                   = "orders"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  task_role_arn            = aws_iam_role.app.arn # want AWS-438 "name the same role"
  execution_role_arn       = aws_iam_role.app.arn
  container_definitions = jsonencode([{
    name      = "orders"
    image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:1.0.0"
    essential = true
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = "/ecs/orders"
        awslogs-region        = "eu-west-1"
        awslogs-stream-prefix = "orders"
      }
    }
  }])
}

resource "aws_ecs_task_definition" "billing" {
  family             = "billing"
  task_role_arn      = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole" # want AWS-438
  execution_role_arn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
  container_definitions = jsonencode([{
    name      = "billing"
    image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing:2.3.1"
    essential = true
    memory    = 256
    logConfiguration = {
      logDriver = "awslogs"
      options   = { awslogs-group = "/ecs/billing", awslogs-region = "eu-west-1", awslogs-stream-prefix = "billing" }
    }
  }])
}
