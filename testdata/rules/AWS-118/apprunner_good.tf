variable "public" {
  type = bool
}

# A public service behind a web ACL.
resource "aws_apprunner_service" "web" {
  service_name = "web"

  source_configuration {
    image_repository {
      image_identifier      = "public.ecr.aws/aws-containers/hello-app-runner:latest"
      image_repository_type = "ECR_PUBLIC"
    }
  }
}

resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_apprunner_service.web.arn
  web_acl_arn  = "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/edge/0e6f1c1a-2b3c-4d5e-8f90-123456789abc"
}

# A private service, reachable only through a VPC interface endpoint.
resource "aws_apprunner_service" "internal" {
  service_name = "internal"

  source_configuration {
    image_repository {
      image_identifier      = "public.ecr.aws/aws-containers/hello-app-runner:latest"
      image_repository_type = "ECR_PUBLIC"
    }
  }

  network_configuration {
    ingress_configuration {
      is_publicly_accessible = false
    }
    egress_configuration {
      egress_type = "DEFAULT"
    }
  }
}

resource "aws_apprunner_service" "configurable" {
  service_name = "configurable"

  source_configuration {
    image_repository {
      image_identifier      = "public.ecr.aws/aws-containers/hello-app-runner:latest"
      image_repository_type = "ECR_PUBLIC"
    }
  }

  network_configuration {
    ingress_configuration {
      is_publicly_accessible = var.public # want-note AWS-118
    }
  }
}
