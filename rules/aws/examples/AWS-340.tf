resource "aws_sagemaker_model" "churn" {
  name                     = "churn"
  execution_role_arn       = aws_iam_role.sagemaker.arn
  enable_network_isolation = true
  primary_container {
    image          = "${aws_ecr_repository.churn.repository_url}:1.4"
    model_data_url = "s3://${aws_s3_bucket.models.bucket}/churn/model.tar.gz"
  }
}
