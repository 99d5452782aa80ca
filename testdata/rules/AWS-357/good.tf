# The containers of a task share their namespaces with each other only
# (task), or the task leaves the modes out; a variable that defaults to
# task.

variable "pid_mode" {
  type    = string
  default = "task"
}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["EC2"]
  pid_mode                 = var.pid_mode
  ipc_mode                 = "task"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.0.0"
      essential = true
      memory    = 512
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = "/ecs/app"
          awslogs-region        = "eu-west-1"
          awslogs-stream-prefix = "app"
        }
      }
    },
    {
      name      = "debugger"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/debugger:1.0.0"
      essential = false
      memory    = 128
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = "/ecs/app"
          awslogs-region        = "eu-west-1"
          awslogs-stream-prefix = "debugger"
        }
      }
    }
  ])
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  ipc_mode                 = "none"
  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:3.2.0"
      essential = true
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = "/ecs/api"
          awslogs-region        = "eu-west-1"
          awslogs-stream-prefix = "api"
        }
      }
    }
  ])
}
