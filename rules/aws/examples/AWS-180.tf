resource "aws_lb" "app" {
  name               = "app"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    prefix  = "app"
    enabled = true
  }
}
