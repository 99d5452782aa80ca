resource "aws_ecs_task_definition" "network_probe" {
  family                   = "network-probe"
  requires_compatibilities = ["EC2"]
  container_definitions = jsonencode([
    {
      name       = "probe"
      image      = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/probe:2.0.1"
      essential  = true
      memory     = 128
      privileged = false
      linuxParameters = {
        capabilities = { add = ["NET_ADMIN"], drop = ["ALL"] }
      }
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = "/ecs/network-probe"
          awslogs-region        = "eu-west-1"
          awslogs-stream-prefix = "probe"
        }
      }
    }
  ])
}
