resource "aws_codebuild_project" "image" {
  name         = "image"
  service_role = aws_iam_role.image_build.arn
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = false
  }
  logs_config {
    cloudwatch_logs {
      group_name = "/codebuild/image"
    }
  }
  source {
    type      = "CODECOMMIT"
    location  = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/image"
    buildspec = "buildspec-kaniko.yml"
  }
}
