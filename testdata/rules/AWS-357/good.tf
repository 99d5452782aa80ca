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

# Host network mode with a non-root user, a privileged container (AWS-330's)
# and a container whose image decides its user; root on the bridge network.
resource "aws_ecs_task_definition" "edge_proxy" {
  family       = "edge-proxy"
  network_mode = "host"
  container_definitions = jsonencode([
    { name = "envoy", image = "envoyproxy/envoy:v1.31.0", essential = true, memory = 256, user = "101", logConfiguration = { logDriver = "awslogs", options = { awslogs-group = "/ecs/apps", awslogs-region = "eu-west-1", awslogs-stream-prefix = "apps" } } },
    { name = "node-exporter", image = "quay.io/prometheus/node-exporter:v1.8.2", essential = false, memory = 64, logConfiguration = { logDriver = "awslogs", options = { awslogs-group = "/ecs/apps", awslogs-region = "eu-west-1", awslogs-stream-prefix = "apps" } } },
  ])
}

resource "aws_ecs_task_definition" "bridge_root" {
  family = "bridge-root"
  container_definitions = jsonencode([
    { name = "app", image = "nginx:1.27", essential = true, memory = 128, user = "root", logConfiguration = { logDriver = "awslogs", options = { awslogs-group = "/ecs/apps", awslogs-region = "eu-west-1", awslogs-stream-prefix = "apps" } } },
  ])
}
