variable "accept" {
  type = bool
}

resource "aws_lb" "api" {
  name               = "soc2lint-435-api"
  internal           = true
  load_balancer_type = "network"
  subnets            = ["subnet-0123456789abcdef0"]
}

# Named consumers only.
resource "aws_vpc_endpoint_service" "named" {
  acceptance_required        = false
  network_load_balancer_arns = [aws_lb.api.arn]
  allowed_principals         = ["arn:aws:iam::111122223333:root"]
}

# Anyone may ask, but the owner approves each connection.
resource "aws_vpc_endpoint_service" "approved" {
  acceptance_required        = true
  network_load_balancer_arns = [aws_lb.api.arn]
  allowed_principals         = ["*"]
}

# Whether connections need approval is an input without a default.
resource "aws_vpc_endpoint_service" "chosen" {
  acceptance_required        = var.accept # want-note AWS-435
  network_load_balancer_arns = [aws_lb.api.arn]
}

resource "aws_vpc_endpoint_service_allowed_principal" "chosen" {
  vpc_endpoint_service_id = aws_vpc_endpoint_service.chosen.id
  principal_arn           = "*"
}
