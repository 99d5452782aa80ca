resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([{
    name  = "worker"
    image = "example/worker:1.4"
    secrets = [
      { name = "STRIPE_API_KEY", valueFrom = aws_secretsmanager_secret.stripe.arn },
    ]
  }])
}
