resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["EC2"]
  pid_mode                 = "task"
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
    }
  ])
}
