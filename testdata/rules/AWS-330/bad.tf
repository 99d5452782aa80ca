# A node agent that asks for the whole host, and a sidecar that was made
# privileged to mount a FUSE file system.

variable "agent_image" {
  type    = string
  default = "public.ecr.aws/datadog/agent:7"
}

resource "aws_ecs_task_definition" "node_agent" { # want AWS-333
  family                   = "node-agent"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  container_definitions = jsonencode([ # want AWS-330 "container agent: privileged = true"
    {
      name       = "agent"
      image      = var.agent_image
      essential  = true
      memory     = 256
      privileged = true
    }
  ])
}

locals {
  services = {
    reports = { image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/reports:1.4.2", fuse = true }
  }
}

resource "aws_ecs_task_definition" "service" { # want AWS-333
  for_each = local.services

  family = each.key
  container_definitions = jsonencode([ # want AWS-330 "container s3-mount"
    {
      name      = "app"
      image     = each.value.image
      essential = true
      memory    = 512
    },
    {
      name       = "s3-mount"
      image      = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/s3fs:1.93"
      essential  = false
      memory     = 128
      privileged = each.value.fuse
    }
  ])
}

variable "privileged" {
  type = bool
}

resource "aws_ecs_task_definition" "debug" { # want AWS-333
  family = "debug-shell"
  container_definitions = jsonencode([
    {
      name       = "shell"
      image      = "public.ecr.aws/docker/library/busybox:stable"
      essential  = true
      memory     = 64
      privileged = var.privileged # want-note AWS-330
    }
  ])
}
