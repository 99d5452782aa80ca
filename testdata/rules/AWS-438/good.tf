# Task definitions with a task role of their own beside the execution
# role, one with no task role, and roles from two different variables.

data "aws_iam_policy_document" "ecs_tasks" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "execution" {
  name               = "orders-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks.json
}

resource "aws_iam_role_policy_attachment" "execution" {
  role       = aws_iam_role.execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_iam_role" "task" {
  name               = "orders-task"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks.json
}

resource "aws_ecs_task_definition" "orders" {
  family                   = "orders"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  task_role_arn            = aws_iam_role.task.arn
  execution_role_arn       = aws_iam_role.execution.arn
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

resource "aws_ecs_task_definition" "static" {
  family             = "static-site"
  execution_role_arn = aws_iam_role.execution.arn
  container_definitions = jsonencode([{
    name      = "nginx"
    image     = "public.ecr.aws/nginx/nginx:1.25"
    essential = true
    memory    = 128
    logConfiguration = {
      logDriver = "awslogs"
      options   = { awslogs-group = "/ecs/static", awslogs-region = "eu-west-1", awslogs-stream-prefix = "nginx" }
    }
  }])
}

variable "task_role_arn" {
  type = string
}

variable "execution_role_arn" {
  type = string
}

resource "aws_ecs_task_definition" "worker" {
  family             = "worker"
  task_role_arn      = var.task_role_arn
  execution_role_arn = var.execution_role_arn
  container_definitions = jsonencode([{
    name      = "worker"
    image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/worker:0.9.0"
    essential = true
    memory    = 256
    logConfiguration = {
      logDriver = "awslogs"
      options   = { awslogs-group = "/ecs/worker", awslogs-region = "eu-west-1", awslogs-stream-prefix = "worker" }
    }
  }])
}

# Two instances of one role resource: each task gets the role of its own
# key, the execution role is the "execution" instance.
resource "aws_iam_role" "per_service" {
  for_each           = toset(["reports", "execution"])
  name               = "ecs-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks.json
}

resource "aws_ecs_task_definition" "reports" {
  family             = "reports"
  task_role_arn      = aws_iam_role.per_service["reports"].arn
  execution_role_arn = aws_iam_role.per_service["execution"].arn
  container_definitions = jsonencode([{
    name      = "reports"
    image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/reports:3.1.0"
    essential = true
    memory    = 256
    logConfiguration = {
      logDriver = "awslogs"
      options   = { awslogs-group = "/ecs/reports", awslogs-region = "eu-west-1", awslogs-stream-prefix = "reports" }
    }
  }])
}

variable "roles" {
  type = map(string)
}

resource "aws_ecs_task_definition" "exporter" {
  family             = "exporter"
  task_role_arn      = var.roles["task"]
  execution_role_arn = var.roles["execution"]
  container_definitions = jsonencode([{
    name      = "exporter"
    image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/exporter:1.2.0"
    essential = true
    memory    = 128
    logConfiguration = {
      logDriver = "awslogs"
      options   = { awslogs-group = "/ecs/exporter", awslogs-region = "eu-west-1", awslogs-stream-prefix = "exporter" }
    }
  }])
}
