print('fraud')
