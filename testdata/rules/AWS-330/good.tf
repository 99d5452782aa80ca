# Containers that get the one capability they need instead of privileged
# mode, and a container definition file with privileged false.

resource "aws_ecs_task_definition" "network_probe" { # want AWS-333
  family                   = "network-probe"
  requires_compatibilities = ["EC2"]
  container_definitions = jsonencode([
    {
      name      = "probe"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/probe:2.0.1"
      essential = true
      memory    = 128
      linuxParameters = {
        capabilities = { add = ["NET_ADMIN"], drop = ["ALL"] }
      }
    }
  ])
}

resource "aws_ecs_task_definition" "api" { # want AWS-333
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions    = <<-EOT
    [
      {
        "name": "api",
        "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:3.2.0",
        "essential": true,
        "privileged": false,
        "readonlyRootFilesystem": true,
        "user": "1000"
      }
    ]
  EOT
}
