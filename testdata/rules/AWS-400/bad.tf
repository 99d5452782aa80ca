variable "docker_builds" {
  description = "Whether the build projects may run a Docker daemon."
  type        = bool
  default     = true
}

variable "services" {
  description = "Services built into container images."
  type        = set(string)
  default     = ["api", "worker"]
}

resource "aws_codebuild_project" "image" {
  for_each     = var.services
  name         = "${each.key}-image"
  service_role = "arn:aws:iam::111122223333:role/codebuild-images"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type    = "BUILD_GENERAL1_MEDIUM"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = var.docker_builds # want AWS-400 "privileged_mode"
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/example/${each.key}.git"
  }
}

resource "aws_codebuild_project" "integration" {
  name         = "integration-tests"
  service_role = "arn:aws:iam::111122223333:role/codebuild-tests"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = true # want AWS-400
  }
  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
}
