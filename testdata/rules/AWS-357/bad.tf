# A node exporter that reads the host's processes through the host PID
# namespace, and services whose IPC mode comes from a variable that
# defaults to the host's.

resource "aws_ecs_task_definition" "node_exporter" {
  family                   = "node-exporter"
  requires_compatibilities = ["EC2"]
  network_mode             = "host"
  pid_mode                 = "host" # want AWS-357 "pid_mode"
  container_definitions = jsonencode([
    {
      name      = "node-exporter"
      image     = "quay.io/prometheus/node-exporter:v1.8.2"
      essential = true
      memory    = 128
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = "/ecs/node-exporter"
          awslogs-region        = "eu-west-1"
          awslogs-stream-prefix = "node-exporter"
        }
      }
    }
  ])
}

variable "ipc_mode" {
  type    = string
  default = "host"
}

locals {
  workers = {
    render = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/render:5.1.0"
    encode = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/encode:2.3.4"
  }
}

resource "aws_ecs_task_definition" "worker" {
  for_each = local.workers

  family                   = each.key
  requires_compatibilities = ["EC2"]
  ipc_mode                 = var.ipc_mode # want AWS-357 "ipc_mode"
  container_definitions = jsonencode([
    {
      name      = each.key
      image     = each.value
      essential = true
      memory    = 1024
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = "/ecs/${each.key}"
          awslogs-region        = "eu-west-1"
          awslogs-stream-prefix = each.key
        }
      }
    }
  ])
}

# A log router on the host network that runs as root.
resource "aws_ecs_task_definition" "log_router" {
  family       = "log-router"
  network_mode = "host"
  container_definitions = jsonencode([ # want AWS-357 "network namespace"
    {
      name       = "fluent-bit"
      image      = "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable"
      essential  = true
      memory     = 256
      user       = "0:0"
      privileged = false
      logConfiguration = { logDriver = "awslogs", options = { awslogs-group = "/ecs/apps", awslogs-region = "eu-west-1", awslogs-stream-prefix = "apps" } }
    }
  ])
}
