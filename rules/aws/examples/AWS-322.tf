resource "aws_codebuild_project" "deploy" {
  name         = "deploy"
  service_role = aws_iam_role.codebuild.arn

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  logs_config {
    cloudwatch_logs {
      group_name = aws_cloudwatch_log_group.builds.name
    }
  }

  source {
    type     = "CODECOMMIT"
    location = aws_codecommit_repository.infra.clone_url_http
  }
}
