resource "aws_sagemaker_data_quality_job_definition" "churn" {
  name     = "churn-data-quality"
  role_arn = aws_iam_role.monitoring.arn
  data_quality_app_specification {
    image_uri = "468650794304.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = aws_sagemaker_endpoint.churn.name
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://${aws_s3_bucket.monitoring.bucket}/churn"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 3
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 50
    }
  }
  network_config {
    enable_inter_container_traffic_encryption = true
    enable_network_isolation                  = true
  }
}
