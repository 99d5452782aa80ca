resource "aws_vpc_endpoint_service" "api" {
  acceptance_required        = true
  network_load_balancer_arns = [aws_lb.api.arn]
}

# Only the consumer account may request an endpoint.
resource "aws_vpc_endpoint_service_allowed_principal" "consumer" {
  vpc_endpoint_service_id = aws_vpc_endpoint_service.api.id
  principal_arn           = "arn:aws:iam::111122223333:root"
}
