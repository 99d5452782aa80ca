resource "aws_lb" "public" { # want AWS-180
  name    = "public"
  subnets = ["subnet-0a", "subnet-0b"]
}

resource "aws_wafv2_web_acl_association" "public" {
  resource_arn = aws_lb.public.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/app/0123"
}

resource "aws_lb_listener" "http_forward" {
  load_balancer_arn = aws_lb.public.arn
  port              = 80
  protocol          = "HTTP" # want AWS-026

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

# The protocol of an application load balancer listener defaults to HTTP.
resource "aws_lb_listener" "default_protocol" { # want AWS-026
  load_balancer_arn = aws_lb.public.arn
  port              = 8080

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

# A redirect that keeps the original protocol stays on HTTP.
resource "aws_lb_listener" "redirect_http" {
  load_balancer_arn = aws_lb.public.arn
  port              = 81
  protocol          = "HTTP" # want AWS-026

  default_action {
    type = "redirect"
    redirect {
      host        = "www.example.com"
      status_code = "HTTP_301"
    }
  }
}

# A fixed response, but listener rules forward some paths over HTTP.
resource "aws_lb_listener" "fixed_with_rules" {
  load_balancer_arn = aws_lb.public.arn
  port              = 82
  protocol          = "HTTP" # want AWS-026

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}

resource "aws_lb_listener_rule" "api" {
  listener_arn = aws_lb_listener.fixed_with_rules.arn

  action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api/0123"
  }

  condition {
    path_pattern {
      values = ["/api/*"]
    }
  }
}

resource "aws_alb" "explicit" { # want AWS-180
  name     = "explicit"
  internal = false
  subnets  = ["subnet-0a", "subnet-0b"]
}

resource "aws_wafregional_web_acl_association" "explicit" {
  resource_arn = aws_alb.explicit.arn
  web_acl_id   = "0123-abcd"
}

resource "aws_alb_listener" "explicit" {
  load_balancer_arn = aws_alb.explicit.arn
  port              = 80
  protocol          = "HTTP" # want AWS-026

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

# A listener written without its default action: nothing redirects to HTTPS.
resource "aws_lb" "bare" { # want AWS-180
  name    = "bare"
  subnets = ["subnet-0a", "subnet-0b"]
}

resource "aws_wafv2_web_acl_association" "bare" {
  resource_arn = aws_lb.bare.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/app/0123"
}

resource "aws_lb_listener" "bare" {
  load_balancer_arn = aws_lb.bare.arn
  port              = 80
  protocol          = "HTTP" # want AWS-026
}
