# App Runner services are public unless their ingress says otherwise.
resource "aws_apprunner_service" "api" { # want AWS-118 "App Runner"
  service_name = "api"

  source_configuration {
    image_repository {
      image_identifier      = "public.ecr.aws/aws-containers/hello-app-runner:latest"
      image_repository_type = "ECR_PUBLIC"
    }
  }
}

resource "aws_apprunner_service" "explicit" { # want AWS-118
  service_name = "explicit"

  source_configuration {
    image_repository {
      image_identifier      = "public.ecr.aws/aws-containers/hello-app-runner:latest"
      image_repository_type = "ECR_PUBLIC"
    }
  }

  network_configuration {
    ingress_configuration {
      is_publicly_accessible = true
    }
  }
}
