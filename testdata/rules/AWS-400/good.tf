resource "aws_codebuild_project" "unit" {
  name         = "unit-tests"
  service_role = "arn:aws:iam::111122223333:role/codebuild-tests"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
}

variable "docker_builds" {
  description = "Whether the build projects may run a Docker daemon."
  type        = bool
  default     = false
}

resource "aws_codebuild_project" "image" {
  name         = "api-image"
  service_role = "arn:aws:iam::111122223333:role/codebuild-images"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type    = "BUILD_GENERAL1_MEDIUM"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = var.docker_builds
  }
  source {
    type      = "GITHUB"
    location  = "https://github.com/example/api.git"
    buildspec = "buildspec-kaniko.yml"
  }
}
