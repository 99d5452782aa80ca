variable "consumers" {
  type    = list(string)
  default = ["*"]
}

resource "aws_lb" "api" {
  name               = "soc2lint-435-api"
  internal           = true
  load_balancer_type = "network"
  subnets            = ["subnet-0123456789abcdef0"]
}

# Every AWS account may connect, and no connection waits for approval.
resource "aws_vpc_endpoint_service" "api" {
  acceptance_required        = false
  network_load_balancer_arns = [aws_lb.api.arn]
  allowed_principals         = var.consumers # want AWS-435
}

resource "aws_vpc_endpoint_service" "split" {
  acceptance_required        = false
  network_load_balancer_arns = [aws_lb.api.arn]
}

# The allow list written as separate resources.
resource "aws_vpc_endpoint_service_allowed_principal" "split" {
  for_each                = toset(["arn:aws:iam::111122223333:root", "*"])
  vpc_endpoint_service_id = aws_vpc_endpoint_service.split.id
  principal_arn           = each.value # want AWS-435
}
